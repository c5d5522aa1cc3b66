package dev.incident.lint.internal;

/**
 * The word lists of the linter: lexical classes (flags) and the trigger words of the rules. A word
 * can be in several classes. All lists are lower case; lookups ignore case.
 */
final class Words {
    private Words() {}

    // Lexical flags.
    static final int DET = 1;
    static final int PERSON_PRONOUN = 1 << 1;
    static final int WE = 1 << 2;
    static final int PERSON_NOUN = 1 << 3;
    static final int SYSTEM_NOUN = 1 << 4;
    static final int AUX = 1 << 5;
    static final int MODAL = 1 << 6;
    static final int NEGATOR = 1 << 7;
    static final int ADVERB = 1 << 8;
    static final int PREP = 1 << 9;
    static final int BOUNDARY = 1 << 10;
    static final int NAME = 1 << 11;
    static final int KNOWN = 1 << 12;
    static final int CONJ = 1 << 13;
    static final int VERB = 1 << 14;
    static final int HUMAN_QUALIFIER = 1 << 15;
    static final int ERROR_COMPOUND = 1 << 16;
    static final int INCIDENT_NOUN = 1 << 17;
    static final int PERSON_POSSESSIVE = 1 << 18;
    static final int HAVE = 1 << 19;
    static final int HAD = 1 << 20;
    static final int PERCEIVE = 1 << 21;
    static final int COMPETENT = 1 << 22;
    static final int TECH_COMPOUND = 1 << 23;
    static final int HOLD = 1 << 24;
    static final int PAY = 1 << 25;
    static final int DROP = 1 << 26;
    static final int BE = 1 << 27;
    static final int NOTHING = 1 << 28;
    static final int POST_MODIFIER = 1 << 29;
    static final int MODAL_HAVE = 1 << 30;
    static final int MAKE = 1 << 31;

    // Trigger codes.
    static final int T_ERROR = 1;
    static final int T_HUMAN_ERROR = 2;
    static final int T_FAULT = 3;
    static final int T_BLAME = 4;
    static final int T_CULPRIT = 5;
    static final int T_RESPONSIBLE = 6;
    static final int T_JUDGE = 7;
    static final int T_POOR = 8;
    static final int T_DILIGENCE = 9;
    static final int T_MODAL = 10;
    static final int T_IF = 11;
    static final int T_HAD = 12;
    static final int T_WHY = 13;
    static final int T_FAIL = 14;
    static final int T_FAILURE_VERB = 15;
    static final int T_UP_VERB = 16;
    static final int T_TAKE = 17;
    static final int T_MISTAKENLY = 18;
    static final int T_BOTHER = 19;
    static final int T_CAUSE = 20;
    static final int T_HINDSIGHT = 21;
    static final int T_JUST = 22;
    static final int T_ALL = 23;
    static final int T_ANYONE = 24;
    static final int T_ANY = 25;
    static final int T_OBVIOUS = 26;
    static final int T_REPRIMAND = 27;
    static final int T_DISCIPLINED = 28;
    static final int T_ACCOUNTABLE = 29;
    static final int T_CAREFUL = 30;
    static final int T_ATTENTION = 31;
    static final int T_BALL = 32;
    static final int T_FIRED = 33;
    static final int T_FORGET = 34;
    static final int T_FAILURE_NOUN = 35;
    static final int T_CONSEQUENCES = 36;
    static final int T_OMITTED_CHECK = 37;
    static final int T_WRONG = 38;
    static final int T_SLOW = 39;
    static final int T_SKIPPED_CHECK = 40;
    static final int T_ACCIDENT = 41;
    static final int T_WITHOUT = 42;
    static final int T_RUN = 43;
    static final int T_SLIP = 44;
    static final int T_HASTY = 45;
    static final int T_ASLEEP = 46;
    static final int T_WORSE = 47;
    static final int T_QUALITY = 48;
    static final int T_ON = 49;
    static final int T_WRITTEN = 50;
    static final int T_FORMAL = 51;
    static final int T_REMINDED = 52;
    static final int T_RETRAIN = 53;
    static final int T_ADDRESSED = 54;
    static final int T_JUDGEMENT_NOUN = 55;
    static final int T_ACCOUNTABILITY = 56;
    static final int T_WATCH = 57;
    static final int T_BASE_FAILURE = 58;
    static final int T_IDEA = 59;
    static final int T_INATTENTION = 60;
    static final int T_CAUSE_NOUN = 61;
    static final int T_JOB = 62;
    static final int T_CLASSIC = 63;

    /** The shared base lexicon; copied and extended per linter. */
    static final Lexicon BASE = build();

    // Word ids used by the rules (looked up after BASE is built).
    static final int W_TO = id("to");
    static final int W_UP = id("up");
    static final int W_DOWN = id("down");
    static final int W_AT = id("at");
    static final int W_BY = id("by");
    static final int W_FROM = id("from");
    static final int W_FOR = id("for");
    static final int W_ON = id("on");
    static final int W_IN = id("in");
    static final int W_WITH = id("with");
    static final int W_NO = id("no");
    static final int W_ONE = id("one");
    static final int W_ONLY = id("only");
    static final int W_THE = id("the");
    static final int W_MORE = id("more");
    static final int W_DO = id("do");
    static final int W_LACK = id("lack");
    static final int W_LACKED = id("lacked");
    static final int W_LACKING = id("lacking");
    static final int W_LACKS = id("lacks");
    static final int W_WITHOUT = id("without");
    static final int W_OF = id("of");
    static final int W_LAPSE = id("lapse");
    static final int W_JUDGEMENT = id("judgement");
    static final int W_JUDGMENT = id("judgment");
    static final int W_LIES = id("lies");
    static final int W_OUGHT = id("ought");
    static final int W_BEEN = id("been");
    static final int W_MISTAKE = id("mistake");
    static final int W_ERROR = id("error");
    static final int W_FIRST = id("first");
    static final int W_LAST = id("last");
    static final int W_KNOWN = id("known");
    static final int W_BETTER = id("better");
    static final int W_THROUGH = id("through");
    static final int W_THEIR = id("their");
    static final int W_IT = id("it");
    static final int W_ITS_CONTRACTED = id("it's");
    static final int W_THATS = id("that's");
    static final int W_THIS = id("this");
    static final int W_THAT = id("that");
    static final int W_ME = id("me");
    static final int W_MYSELF = id("myself");
    static final int W_USER = id("user");
    static final int W_AS = id("as");
    static final int W_RUN = id("run");
    static final int W_HIS = id("his");
    static final int W_HER = id("her");
    static final int W_OVER = id("over");
    static final int W_WHO = id("who");
    static final int W_PART = id("part");
    static final int W_ENOUGH = id("enough");
    static final int W_LIKE = id("like");
    static final int W_TOO = id("too");
    static final int W_WHETHER = id("whether");
    static final int W_ROOT = id("root");
    static final int W_CAUSE = id("cause");
    static final int W_LED = id("led");
    static final int W_CAUSED = id("caused");
    static final int W_SINCE = id("since");
    static final int W_AGAIN = id("again");
    static final int W_AND = id("and");
    static final int W_HOW = id("how");
    static final int W_WHY = id("why");
    static final int W_THAN = id("than");
    static final int W_RATHER = id("rather");
    static final int W_INSTEAD = id("instead");
    static final int W_WHAT = id("what");
    static final int W_WHOSE = id("whose");
    static final int W_YOUR = id("your");
    static final int W_WHOEVER = id("whoever");
    static final int W_IF = id("if");
    static final int W_ANY = id("any");
    static final int W_US = id("us");

    /** Words by which an author endorses a quotation: "..., and we agree", "a view this review supports". */
    /**
     * Abbreviations whose full stop does not end a sentence: titles before a name ("Mr. Okonkwo",
     * "Dr. Ng") and Latin ones inside a sentence ("e.g. a canary", "i.e. the proxy", "vs. the old
     * config"). Not "etc.", which usually does end one.
     */
    static final int[] ABBREVIATIONS = {
        id("mr"), id("mrs"), id("ms"), id("dr"), id("prof"), id("e.g"), id("i.e"), id("vs"), id("cf"), id("approx")
    };

    static final int[] ENDORSING = {id("agree"), id("agrees"), id("agreed"), id("supports"), id("supported"), id("sums")
    };

    /** Verbs that report what someone else said or wrote: a quotation after them is theirs. */
    static final int[] REPORTING = {
        id("said"),
        id("says"),
        id("wrote"),
        id("writes"),
        id("claimed"),
        id("claims"),
        id("called"),
        id("calls"),
        id("described"),
        id("asked"),
        id("told"),
        id("put")
    };

    private static int id(String word) {
        String key = Lexicon.normalize(word);
        int id = BASE.find(key, 0, key.length(), Lexicon.hash(key, 0, key.length()));
        if (id < 0) {
            throw new IllegalStateException("word not in base lexicon: " + word);
        }
        return id;
    }

    private static void all(Lexicon lex, int flags, int trigger, String words) {
        for (String w : words.trim().split("\\s+")) {
            lex.add(w, flags | KNOWN, trigger);
        }
    }

    private static void all(Lexicon lex, int flags, String words) {
        all(lex, flags, 0, words);
    }

    private static Lexicon build() {
        Lexicon x = new Lexicon();
        all(x, DET, "the a an this that these those its some every each another either such");
        all(x, DET | PERSON_POSSESSIVE, "my your his her their our whose");
        all(
                x,
                PERSON_PRONOUN,
                "i you he she they me him them someone somebody anyone anybody everyone"
                        + " everybody whoever who myself yourself himself herself themselves she's he's they're you're"
                        + " i'm i've you've they've he'll she'll they'll i'll you'll");
        all(x, PERSON_PRONOUN | HAD, "i'd you'd he'd she'd they'd");
        all(x, PERSON_PRONOUN | WE, "we us ourselves we're we've we'll");
        all(x, PERSON_PRONOUN | WE | HAD, "we'd");
        all(x, PERSON_PRONOUN | NEGATOR, "nobody no-one noone");
        all(x, NEGATOR | NOTHING, "nothing none");
        all(x, NEGATOR | DET, "no");
        all(x, NEGATOR, "not never neither nor cannot");
        all(x, AUX | NEGATOR, "didn't don't doesn't wasn't weren't isn't aren't hasn't haven't hadn't won't ain't");
        all(x, AUX | MODAL | NEGATOR, "shouldn't couldn't wouldn't mustn't mightn't can't");
        all(x, AUX | MODAL, "should could would must might may shall ought can will");
        all(x, AUX | MODAL | MODAL_HAVE, "should've could've would've must've might've shouldve couldve wouldve");
        all(x, AUX | BE, "be is are was were been being am it's that's there's here's what's");
        all(x, AUX | HAVE, "have has 've having");
        all(x, AUX | HAD, "had 'd");
        all(x, AUX, "do does did get got gets gotten");
        all(x, CONJ, "and or then but plus");
        all(
                x,
                BOUNDARY,
                "because which when while although though whereas since until unless so if whether"
                        + " where after before once as why how what whose whom therefore however meanwhile who");
        all(
                x,
                PREP,
                "on in at for with from by of to into onto over under within between through during about"
                        + " across against along around behind beyond despite except inside outside per toward towards"
                        + " upon via without like than near");
        all(
                x,
                KNOWN,
                "it its there here also even still again already yet instead only up down out off away back"
                        + " now soon later then first next last once twice all both more most less least much many few"
                        + " other same own very too quite rather enough new old one two three four five six seven eight"
                        + " nine ten minutes minute hours hour days day weeks week seconds second lack lacked lacking lacks"
                        + " far way lot bit little better"
                        + " judgement judgment lies lay falls fell rests avoid avoids avoiding assign assigning part");
        // Adverbs that may stand between a subject and its verb.
        all(
                x,
                ADVERB,
                "just simply obviously clearly also then never already still again quickly immediately"
                        + " later finally apparently evidently really actually completely entirely repeatedly initially"
                        + " subsequently only even probably likely allegedly once accidentally inadvertently"
                        + " unfortunately manually automatically briefly plainly certainly surely definitely merely"
                        + " somehow soon eventually promptly correctly incorrectly wrongly mistakenly erroneously"
                        + " carelessly recklessly lazily sloppily negligently stupidly irresponsibly incompetently often"
                        + " sometimes usually always");
        all(
                x,
                VERB,
                "ran run runs take took taken went go goes gone saw see seen made make makes did done said"
                        + " says told tell thought knew know known wrote write written began begun came come left"
                        + " kept put set sent found find gave give held hold brought built bought read felt led meant"
                        + " shut split spent stood understood became become chose chosen hit let");
        // People: roles, groups, and words for people in incident prose.
        all(
                x,
                PERSON_NOUN,
                "engineer engineers developer developers dev devs operator operators admin admins"
                        + " administrator administrators sysadmin sysadmins sre sres dba dbas on-call oncall on-calls"
                        + " on-caller on-callers oncaller intern interns hire hires reviewer reviewers contractor"
                        + " contractors team teams lead leads manager managers deployer deployers responder responders"
                        + " employee employees staff person people human humans technician technicians tech techs"
                        + " analyst analysts architect architects programmer programmers coder coders tester testers qa"
                        + " commander commanders ic leadership management colleague colleagues coworker coworkers"
                        + " co-worker teammate teammates member members maintainer maintainers committer committers"
                        + " approver approvers releaser sysop ops devops individual individuals junior juniors senior"
                        + " seniors newcomer newcomers trainee trainees pilot pilots driver drivers personnel staffer"
                        + " on-shift primary-on-call secondary-on-call founder cto ceo vp director directors supervisor"
                        + " supervisors specialist specialists consultant consultants freelancer freelancers"
                        + " administrator's guy guys somebody's folks owner owners author authors assignee assignees"
                        + " requester requesters amateurs rookies cowboys");
        // Things: systems, hardware, artefacts, and tools often written with a capital letter.
        all(
                x,
                SYSTEM_NOUN,
                "service services system systems job jobs cron pipeline pipelines probe probes check"
                        + " checks alert alerts alerting rule rules proxy proxies cache caches ttl node nodes cluster"
                        + " clusters database databases db replica replicas primary disk disks network script scripts"
                        + " tool tools tooling deploy deploys deployment deployments release releases change changes"
                        + " config configs configuration migration migrations query queries bug bugs leak leaks canary"
                        + " canaries monitor monitors monitoring dashboard dashboards scheduler balancer queue queues"
                        + " consumer consumers broker brokers worker workers api apis dns cdn kernel upgrade upgrades"
                        + " patch patches route routes routing certificate certificates cert certs flag flags automation"
                        + " autoscaling autoscaler webhook webhooks runbook runbooks process processes test tests suite"
                        + " linter validator code request requests retry retries backup backups storage controller"
                        + " hardware server servers host hosts vm vms container containers pod pods cpu memory stack"
                        + " metric metrics threshold thresholds policy gate guardrail firewall traffic latency load"
                        + " replication failover outage incident application app apps client clients library sdk"
                        + " platform infrastructure firmware driver-update os bot bots daemon agent agents controller"
                        + " operator-pattern playbook template terraform kubernetes k8s ansible helm docker postgres"
                        + " postgresql mysql redis kafka nginx envoy consul vault github gitlab jenkins aws gcp azure"
                        + " cloudflare datadog prometheus grafana elasticsearch zookeeper etcd argo argocd istio linux"
                        + " windows cassandra mongodb rabbitmq sentry splunk jira okta pagerduty opsgenie slack s3 ec2"
                        + " rds lambda cloudwatch stripe twilio sendgrid bgp tls ssl http https tcp udp ci cd java python"
                        + " go rust chrome safari firefox ios android monday tuesday wednesday thursday friday saturday"
                        + " sunday january february march april may june july august september october november"
                        + " december users user customers customer clients visitors subscribers tenants tenant vendor"
                        + " provider upstream downstream region regions zone zones autoscaling alerting routing logging"
                        + " caching sharding throttling indexing reindexing paging streaming mapping tracing processing"
                        + " scheduling batching polling scaling rebalancing replicating billing ingesting networking"
                        + " provisioning deploying building testing publishing messaging queueing queuing rendering"
                        + " parsing hashing encoding syncing backfilling checkout search ingestion login auth"
                        + " authentication payments payment");
        // More tools, often written in lower case in chat ("10:42 loki missed the logs"): things, so
        // not read as a lower-case name (see Analyzer.chatName) or a capitalised one.
        all(
                x,
                SYSTEM_NOUN,
                "loki thanos tempo flux celery sidekiq airflow spark hadoop hdfs ceph minio traefik haproxy"
                        + " pgbouncer memcached varnish fluentd logstash kibana jaeger linkerd vitess clickhouse"
                        + " bigquery dynamodb sqs sns kinesis ecs eks gke nomad puppet chef spinnaker tekton"
                        + " buildkite circleci bazel gradle maven npm yarn systemd kubelet containerd calico cilium"
                        + " coredns");
        // Words before "error" / "mistake" that make it a person's error.
        all(
                x,
                HUMAN_QUALIFIER,
                "human operator user engineer pilot developer admin administrator people"
                        + " personnel staff programmer sysadmin driver dba sre on-call oncall");
        // Words after "error" that make a technical compound ("user error rate").
        all(
                x,
                ERROR_COMPOUND,
                "rate rates page pages message messages code codes budget budgets log logs handling"
                        + " handler count counts path response responses state screen dialog banner text class type types"
                        + " ratio spike spikes percentage threshold metric metrics correction correcting detection");
        all(
                x,
                INCIDENT_NOUN,
                "outage outages incident incidents downtime failure failures breakage loss mistake"
                        + " mistakes error errors disruption disruptions crash crashes issue issues problem problems breach"
                        + " mess regression regressions");
        all(
                x,
                PERCEIVE,
                "see seen tell told spot spotted notice noticed know known predict predicted guess guessed"
                        + " foresee foreseen catch caught");
        all(
                x,
                COMPETENT,
                "competent reasonable good experienced decent careful sensible seasoned half-decent"
                        + " qualified self-respecting responsible");
        all(
                x,
                TECH_COMPOUND,
                "loading load loads evaluation initialization initialisation init iterator iteration"
                        + " val fetch fetching instantiation deserialization binding import imports sequence list stream"
                        + " property properties mode");
        all(x, HOLD | VERB, "hold held holds holding");
        all(x, MAKE | VERB, "made make makes making committed commit commits");
        all(x, VERB, "face faces faced facing");
        all(x, PAY | VERB, "pay pays paid paying");
        all(x, DROP | VERB, "drop dropped drops dropping");
        all(x, POST_MODIFIER, "call shift duty charge rotation");
        all(x, KNOWN, "agree agrees agreed supports supported sums root cause");
        all(x, KNOWN, "mr mrs ms dr prof e.g i.e vs cf approx");
        all(x, KNOWN, "said says wrote writes claimed claims called calls described asked told put");

        // Triggers.
        all(x, 0, T_ERROR, "error errors mistake mistakes");
        // A person's slip: "Ravi's typo", "a blunder by the on-call", "made a typo"; never "human X".
        all(
                x,
                0,
                T_SLIP,
                "typo typos slip slips slip-up slip-ups slipup slipups blunder blunders oversight oversights misstep"
                        + " missteps");
        all(x, 0, T_HUMAN_ERROR, "human-error operator-error user-error pilot-error");
        all(x, 0, T_FAULT, "fault faults");
        all(x, 0, T_BLAME, "blame blamed blames blaming");
        all(x, 0, T_CULPRIT, "culprit culprits");
        all(x, 0, T_RESPONSIBLE, "responsible");
        all(
                x,
                0,
                T_JUDGE,
                "careless carelessly carelessness sloppy sloppily sloppiness negligent negligently"
                        + " negligence reckless recklessly recklessness lazy lazily laziness incompetent incompetently"
                        + " incompetence irresponsible irresponsibly stupid stupidly stupidity amateur amateurs amateurish"
                        + " amateurishly foolish foolishly idiotic idiot idiots inept ineptitude clueless thoughtless"
                        + " unprofessional complacent complacency inattentive boneheaded dumbly rookie rookies cowboy cowboys cavalier"
                        + " hastily haphazard haphazardly");
        all(x, 0, T_POOR, "poor bad questionable terrible lapse lapses");
        all(x, 0, T_DILIGENCE, "diligence");
        all(
                x,
                0,
                T_MODAL,
                "should could would must might ought shouldn't couldn't wouldn't mustn't should've"
                        + " could've would've must've might've shouldve couldve wouldve");
        all(x, 0, T_IF, "if");
        all(x, 0, T_HAD, "had");
        all(x, 0, T_WHY, "why");
        all(x, 0, T_FAIL, "fail fails failed failing");
        all(x, 0, T_FORGET, "forgot forgets forget forgotten");
        all(x, 0, T_FAILURE_NOUN, "failure failures");
        all(x, 0, T_CONSEQUENCES, "consequences");
        all(
                x,
                0,
                T_FAILURE_VERB,
                "neglected neglects neglecting ignored ignores ignoring missed misses overlooked"
                        + " overlooks botched botches broke breaks fumbled misread blundered goofed bungled flubbed"
                        + " fat-fingered fat-fingers fat-fingering rubber-stamped rubber-stamps rubber-stamping"
                        // mis- verbs: a person's slip with a person as subject; "a misconfigured proxy",
                        // "the proxy misrouted requests" have no person subject and stay unflagged
                        + " misconfigured misconfigures mistyped mistypes misjudged misjudges mislabelled"
                        + " mislabeled mislabels misapplied misapplies misrouted misroutes"
                        // a check a person went around: "Jana skipped the canary step"; "the canary step
                        // was skipped automatically" has no person subject
                        + " skipped bypassed circumvented disregarded");
        all(x, 0, T_UP_VERB, "screwed screws screwing messed messes messing");
        all(x, 0, T_TAKE, "took takes taking take");
        all(x, 0, T_MISTAKENLY, "mistakenly wrongly erroneously accidentally inadvertently unintentionally");
        // "by accident" (and "by mistake", "in error", whose nouns are T_ERROR): the idiom of "mistakenly".
        all(x, 0, T_ACCIDENT, "accident");
        all(x, 0, T_BOTHER, "bother bothered bothers bothering");
        all(
                x,
                0,
                T_CAUSE,
                "caused causing"); // not "causes": "Root causes" is a heading, and reports narrate in the past
        all(x, 0, T_HINDSIGHT, "obviously clearly simply evidently plainly");
        all(x, 0, T_JUST, "just");
        all(x, 0, T_ALL, "all");
        all(x, 0, T_ANYONE, "anyone anybody everyone everybody");
        all(x, 0, T_ANY, "any");
        all(x, 0, T_OBVIOUS, "obvious");
        all(
                x,
                0,
                T_REPRIMAND,
                "reprimanded reprimand reprimands reprimanding punished punish punishment"
                        + " sanctioned disciplinary");
        all(x, 0, T_DISCIPLINED, "disciplined");
        all(x, 0, T_ACCOUNTABLE, "accountable");
        all(x, 0, T_CAREFUL, "careful attentive diligent vigilant cautious");
        all(x, 0, T_ATTENTION, "attention");
        // A person's qualities whose lack judges the person: "Lucía's lack of care" (and of attention).
        all(x, 0, T_QUALITY, "care focus rigour rigor thoroughness caution vigilance");
        all(x, 0, T_BALL, "ball");
        all(x, 0, T_FIRED, "fired sacked terminated dismissed demoted suspended");
        // Checks a person is expected to make; "did not test", "never read": an omission put on a person.
        all(
                x,
                0,
                T_OMITTED_CHECK,
                "test tested check checked verify verified validate validated review reviewed read follow followed"
                        + " notice noticed escalate escalated double-check double-checked confirm confirmed monitor"
                        + " monitored consult consulted");
        // "ran the wrong command", "pushed an incorrect config": a person choosing the wrong thing.
        all(x, 0, T_WRONG, "wrong incorrect");
        all(x, 0, T_SLOW, "slow");
        // "Elif was too hasty", "Kiri's hasty rollback"; not "a rash of 503s".
        all(x, 0, T_HASTY, "hasty rash");
        all(x, 0, T_ASLEEP, "asleep");
        all(x, 0, T_WORSE, "worse");
        // "deployed without testing it", "due to Kim not testing it": the check a person skipped, as a
        // gerund.
        all(
                x,
                0,
                T_SKIPPED_CHECK,
                "testing checking verifying validating reviewing reading consulting confirming double-checking looking"
                        + " notifying escalating following");
        // Gerunds that are a check with a check as object: "without running the tests".
        all(x, 0, T_RUN, "running executing doing performing");
        // "this outage is on Luis", "it's on the on-call for not escalating".
        all(x, 0, T_ON, "on");
        // "without testing it", "without running the tests", "without a second look".
        all(x, 0, T_WITHOUT, "without w/o");
        // "Kim was written up", "a written warning was issued to the on-call".
        all(x, 0, T_WRITTEN, "written");
        // "a formal warning", "a verbal warning" given to a person.
        all(x, 0, T_FORMAL, "formal verbal");
        // "Kim will be reminded to follow the checklist", "operators will be told to read the runbook".
        all(x, 0, T_REMINDED, "reminded told instructed");
        // "will undergo retraining", "was retrained", "pending retraining".
        all(x, 0, T_RETRAIN, "retraining retrained retrain re-training re-trained");
        // "We have addressed this with the individual involved."
        all(x, 0, T_ADDRESSED, "addressed");
        // "We expect our engineers to exercise better judgement."
        all(x, 0, T_JUDGEMENT_NOUN, "judgement judgment");
        // "Accountability for this outage rests with the platform team", "bears responsibility for".
        all(x, 0, T_ACCOUNTABILITY, "accountability responsibility");
        // "It happened on his watch."
        all(x, 0, T_WATCH, "watch");
        // Failure verbs in the base form: only after do-support in a question ("How did Hiroshi miss
        // it?") or a choice ("Kim's decision to bypass review", "chose to skip the canary").
        all(x, 0, T_BASE_FAILURE, "miss ignore overlook neglect skip bypass circumvent disregard");
        // "Who thought it was a good idea to deploy on a Friday?"
        all(x, 0, T_IDEA, "idea");
        // "the security team, whose inattention led to the outage", "Kim's inattention".
        all(x, 0, T_INATTENTION, "inattention inattentiveness");
        // "Lars is the root cause", "The root cause was the on-call engineer."
        all(x, 0, T_CAUSE_NOUN, "cause");
        // "someone didn't do their job"
        all(x, 0, T_JOB, "job jobs");
        // "classic intern move", "typical dev mistake"
        all(x, 0, T_CLASSIC, "classic typical");
        return x.freeze();
    }
}
