package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence per branch of the analyzer's rules, with the exact findings it gives: each rule's
 * positive form next to the systemic, negated or passive form it must leave alone.
 */
class AnalyzerRulesTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The root cause was operator error. | human-error 'operator error'@19
            Human error is never a root cause. |
            Human error was not the cause. |
            The engineer's mistake caused the outage. | human-error 'engineer's mistake'@4
            Ravi's error took the site down. | human-error 'Ravi's error'@0
            It was an error on the part of the operator. | human-error 'error on the part'@10
            It was a mistake on Ravi's part. | human-error 'mistake on Ravi's part'@9
            The engineer made a mistake. | human-error 'made a mistake'@13
            We made a mistake. |
            It was a mistake by the engineer. | human-error 'mistake by the engineer'@9
            It was an error from Ravi. | human-error 'error from Ravi'@10
            The config error by the operator was logged. | human-error 'error by the operator'@11
            It was Tomasz's fault. | blame-attribution 'Tomasz's fault'@7
            It was his fault. | blame-attribution 'his fault'@7
            Our fault injection exercises passed. |
            The engineer was at fault. | blame-attribution 'at fault'@17
            The fault lies with Dario. | blame-attribution 'fault lies with'@4
            The fault lies with the cache. |
            Nobody was at fault. |
            We blame the reviewer. | blame-attribution 'blame'@3
            We avoid blame. |
            Blaming individuals does not help. |
            The blame for the outage rests squarely on the reviewer. | blame-attribution 'blame'@4
            Ravi was the culprit. | blame-attribution 'culprit'@13
            The culprit was a stale cache entry. |
            Ravi was responsible for the outage. | blame-attribution 'responsible for the outage'@9
            The cache was responsible for the outage. |
            He should be held responsible. | punitive 'held responsible'@13
            They should hold the reviewer accountable. | punitive 'hold the reviewer accountable'@12
            The engineer was held accountable. | punitive 'held accountable'@17
            The engineer was careless. | judgement 'careless'@17
            That was a rookie mistake. | judgement 'rookie'@11
            It was his rookie season. |
            What kind of amateur does that? | judgement 'amateur'@13
            It was a cowboy deploy. | judgement 'cowboy'@9
            Lazy loading was enabled. |
            He showed poor judgement. | judgement 'poor judgement'@10
            He showed poor judgment in the call. | judgement 'poor judgment'@10
            He showed a lack of diligence. | judgement 'lack of diligence'@12
            He worked without diligence. | judgement 'without diligence'@10
            Kim should have checked the lag. | counterfactual 'should have'@4
            Kim ought to have checked the lag. | counterfactual 'ought to have'@4
            Kim ought have checked the lag. |
            Kim should have been paged. |
            Kim should have to approve it. |
            Nobody could have predicted it. |
            No one would have noticed. |
            None of the engineers would have noticed. |
            We should have checked. |
            Had the alert fired, the on-call would have paged the team. |
            If only Kim had checked the lag. | counterfactual 'If only Kim had'@0
            If Kim had checked the lag, it would have held. | counterfactual 'If Kim had'@0
            If the alert had fired, it would have held. |
            If Kim had to page anyone, she did. |
            Had Kim checked the lag, we would have known. | counterfactual 'Had Kim'@0
            Why didn't anyone check the lag? | counterfactual 'Why didn't anyone'@0
            Why didn't he check the lag? | counterfactual 'Why didn't he'@0
            Why did no one check the lag? | counterfactual 'Why did no one'@0
            Why did nobody check? | counterfactual 'Why did nobody'@0
            Why didn't Emeka look at the graph? | counterfactual 'Why didn't Emeka'@0
            Why did the alert not fire? |
            The on-call failed to acknowledge the page. | person-failure 'failed to'@12
            The probe failed to detect it. |
            Ravi forgot to renew the certificate. | person-failure 'forgot'@5
            Ravi will forget to renew it. |
            Ravi forget the flag. |
            Ravi forgot the flag. | person-failure 'forgot'@5
            Ravi neglected the alert. | person-failure 'neglected'@5
            Ravi messed up the rollout. | person-failure 'messed up'@5
            Ravi messed the rollout up. | person-failure 'messed the rollout up'@5
            Ravi took the site down. | person-failure 'took the site down'@5
            Ravi took the whole big site down. | person-failure 'took the whole big site down'@5
            Ravi took down the site. | person-failure 'took down'@5
            Ravi mistakenly deleted the volume. | person-failure 'mistakenly'@5
            The engineer's failure to escalate made it worse. | person-failure 'engineer's failure to'@4
            It was a failure by the on-call to respond. | person-failure 'failure by the on-call to'@9
            The failure of the disk to spin up was logged. |
            The engineer will face consequences. | punitive 'face consequences'@18
            He did not bother to check. | person-failure 'not bother'@7
            They did not bother to check. | person-failure 'not bother'@9
            The developer did not test the change. | person-failure 'not test'@18
            Kenji never read the runbook. | person-failure 'never read'@6
            He did not test the change. | person-failure 'not test'@7
            The developer did not have time to test the change. |
            The developer did not notice the alert because it was muted. |
            Kwame deployed 8812 without testing it. | person-failure 'without testing'@20
            The on-call was slow to respond. | judgement 'slow to'@16
            The on-call was too slow to acknowledge the page. | judgement 'slow to'@20
            The database was slow to respond. |
            The outage was caused by the engineer. | person-failure 'caused by the engineer'@15
            The outage was caused by a bad config. |
            Ravi caused the outage. | person-failure 'caused'@5
            The operator simply ignored the error. | hindsight 'simply'@13, person-failure 'ignored'@20
            Obviously the engineer should have known. | hindsight 'Obviously'@0, counterfactual 'should have'@23
            Clearly because of the lag, it failed. |
            We clearly should have known. | hindsight 'clearly'@3
            We clearly saw it. |
            He just had to restart it. | hindsight 'just had to'@3
            He just has to restart it. | hindsight 'just has to'@3
            All he had to do was restart it. | hindsight 'All he had to do'@0
            All the script had to do was restart it. |
            Anyone could see it was failing. | hindsight 'Anyone could see'@0
            Anyone paying attention would have noticed. | hindsight 'Anyone paying attention would have noticed'@0
            Anyone who has used Postgres for a week should know this. | hindsight 'Anyone who has used Postgres for a week should know'@0
            Anyone who looked at the graph could see the spike. | hindsight 'Anyone who looked at the graph could see'@0
            Anyone who has access can restart it. |
            Anyone who opens the dashboard can see the lag. |
            Any competent engineer would know. | hindsight 'Any competent engineer'@0
            It was obvious to him. | hindsight 'obvious to him'@7
            It was obvious to the dashboard. |
            He was reprimanded. | punitive 'reprimanded'@7
            He was disciplined. | punitive 'disciplined'@7
            The process was disciplined. |
            He was fired. | punitive 'fired'@7
            The pod was fired. |
            The engineer was not careful enough. | judgement 'not careful enough'@17
            He should be more careful. | punitive 'be more careful'@10
            The proxy should be more careful. |
            He should be much more careful. | punitive 'be much more careful'@10
            You need to pay more attention. | punitive 'pay more attention'@12
            You need to pay closer attention. | punitive 'pay closer attention'@12
            He dropped the ball. | punitive 'dropped the ball'@3
            Ravi ran the wrong command. | person-failure 'ran the wrong command'@5
            Ravi ran wrong. |
            The script ran the wrong command. |
            We ran the wrong command. |
            He pushed a bad config. | person-failure 'pushed a bad config'@3
            .map(f -> f.ruleId() + " '" + f.matchedText() + "'@" + f.offset()) |
            .toList(); |
            The engineer who deployed the hotfix forgot the flag. | person-failure 'forgot'@37
            Who forgot the flag? | person-failure 'forgot'@4
            Tendai, our newest SRE, forgot the flag. | person-failure 'forgot'@24
            The cache, as usual, forgot the flag. |
            A race condition in the lock manager caused the outage. |
            One of the reviewers missed the bug. | person-failure 'missed'@21
            The operator on call missed the page. | person-failure 'missed'@21
            The engineer and then the reviewer missed the page. | person-failure 'missed'@35
            Kim deployed and forgot the flag. | person-failure 'forgot'@17
            The deploy finished and Kim forgot the flag. | person-failure 'forgot'@28
            The deploy finished and the probe forgot nothing. |
            Nguyen Van An forgot the flag. | person-failure 'forgot'@14
            Kim quickly forgot the flag. | person-failure 'forgot'@12
            Kim did not forget the flag. |
            Kim forgot nothing. |
            Kim never forgot the flag. |
            The team lead missed the page. | person-failure 'missed'@14
            She missed the page. | person-failure 'missed'@4
            They missed the page. | person-failure 'missed'@5
            The SRE missed the page. | person-failure 'missed'@8
            Payments forgot the flag. |
            Reliability forgot the flag. |
            Deployment forgot the flag. |
            Carefully, Kim forgot the flag. | person-failure 'forgot'@15
            Sadly Kim forgot the flag. | person-failure 'forgot'@10
            The operator in charge missed the page. | person-failure 'missed'@23
            The owner of the service missed the page. | person-failure 'missed'@25
            The fix by Kim missed the page. |
            Kim's script missed the page. |
            Kim ignored it; the probe ignored it. | person-failure 'ignored'@4
            Kim ignored it, and the probe ignored it. | person-failure 'ignored'@4
            The probe ignored it, but Kim ignored it. | person-failure 'ignored'@30
            The probe ignored it because Kim ignored it. | person-failure 'ignored'@33
            Priya tested nothing. |
            Priya did not check the dashboard. | person-failure 'not check'@10
            Priya did not really check the dashboard. | person-failure 'not really check'@10
            Priya did not have a chance to check the dashboard. |
            We did not check the dashboard. |
            Nobody checked the dashboard. |
            Priya did not check the dashboard since it was down. |
            The engineer was not the culprit. |
            The culprit, sadly, was Ravi. | blame-attribution 'culprit'@4
            He showed poor judgement of risk. | judgement 'poor judgement'@10
            He showed poor judgement in the call. | judgement 'poor judgement'@10
            The call showed poor taste. |
            He did not show poor judgement. |
            He showed lack of diligence. | judgement 'lack of diligence'@10
            He showed a lack of due diligence. | judgement 'lack of due diligence'@12
            He lacked diligence. | judgement 'lacked diligence'@3
            He was lacking diligence. | judgement 'lacking diligence'@7
            He lacks diligence. | judgement 'lacks diligence'@3
            He showed no diligence. | judgement 'no diligence'@10
            He showed diligence. |
            Ravi did not fail to page. |
            Ravi failed the exam. |
            Ravi messed it up completely. | person-failure 'messed it up'@5
            Ravi set up the rollout. |
            Ravi messed with the config. |
            Ravi messed the big long rollout up. |
            Ravi took the site, then down. |
            Ravi took a break. |
            Ravi never took the site down. |
            The engineer will face the consequences. | punitive 'face the consequences'@18
            The engineer will not face consequences. |
            The engineer will see consequences. |
            Consequences will follow. |
            Ravi deployed it without testing. | person-failure 'without testing'@17
            We deployed 8812 without testing it. |
            The pipeline deployed 8812 without testing it. |
            Without testing it, Kwame deployed it. |
            The on-call was not slow to respond. |
            The on-call was slow in responding. |
            We were slow to respond. |
            Any engineer would know. |
            Any competent tool would know. |
            It was obvious to Kim. | hindsight 'obvious to Kim'@7
            It was obvious to everyone. | hindsight 'obvious to everyone'@7
            It was obvious that Kim erred. |
            He was not reprimanded. |
            He was not disciplined. |
            He disciplined the team. |
            The engineer was fired. | punitive 'fired'@17
            The engineer was not fired. |
            The engineer fired the alert. |
            The alert was fired. |
            They held him accountable. | punitive 'held him accountable'@5
            He is accountable. |
            He was not held accountable. |
            The engineer was not careful. | judgement 'not careful'@17
            The engineer was careful. |
            The probe was not careful enough. |
            The engineer should be more careful. | punitive 'be more careful'@20
            The engineer should be a lot more careful. | punitive 'be a lot more careful'@20
            The engineer should be a bit more careful. | punitive 'be a bit more careful'@20
            The engineer should be even more careful. | punitive 'be even more careful'@20
            The engineer needs to pay more attention. | punitive 'pay more attention'@22
            The engineer needs to be more careful. | punitive 'be more careful'@22
            More careful rollouts help. |
            We should be more careful. | punitive 'be more careful'@10
            Pay more attention. | punitive 'Pay more attention'@0
            Pay attention. |
            You did not pay more attention. |
            He dropped a ball. |
            He caught the ball. |
            He never dropped the ball. |
            The ball dropped. |
            It was not human error. |
            Human error is not a root cause. |
            Human error was the cause. | human-error 'Human error'@0
            Human error budgets were spent. |
            The human error rate rose. |
            It was the engineer's mistake. | human-error 'engineer's mistake'@11
            It was not the engineer's mistake. |
            It was the cache's error. |
            It was a mistake on the part of the team. | human-error 'mistake on the part'@9
            It was a mistake on the part of Ravi. | human-error 'mistake on the part'@9
            It was not an error on the part of the operator. |
            It was an error on the part. |
            The engineer made an error. | human-error 'made an error'@13
            The engineer did not make a mistake. |
            The deploy made a mistake visible. |
            It was a mistake by the deploy tool. |
            It was a configuration error by the operator. | human-error 'error by the operator'@23
            It was a mistake from the start. |
            The fault was Ravi's. |
            The fault lay with Dario. | blame-attribution 'fault lay with'@4
            The fault falls on Dario. | blame-attribution 'fault falls on'@4
            The fault rests with Dario. | blame-attribution 'fault rests with'@4
            The fault is with Dario. | blame-attribution 'fault is with'@4
            The fault was with Dario. | blame-attribution 'fault was with'@4
            The blame lies with Dario. | blame-attribution 'blame'@4
            The blame lay squarely with Dario. | blame-attribution 'blame'@4
            The blame fell on Dario. | blame-attribution 'blame'@4
            The blame rested on Dario. | blame-attribution 'blame'@4
            The blame is on the cache. |
            We avoid assigning blame. |
            Assigning blame to Ravi is pointless. |
            There was no blame. |
            They blame Ravi. | blame-attribution 'blame'@5
            Blame was not assigned to Ravi. |
            Our fault tolerance held. |
            It was their fault. | blame-attribution 'their fault'@7
            It was nobody's fault. |
            Ravi was at fault for the outage. | blame-attribution 'at fault'@9
            Ravi was responsible for the incident. | blame-attribution 'responsible for the incident'@9
            Ravi was responsible for the dashboards. |
            Ravi was responsible, for the outage. |
            Ravi was not responsible for the outage. |
            Ravi is responsible for the big long outage. | blame-attribution 'responsible for the big long outage'@8
            Hold the reviewer responsible. | punitive 'Hold the reviewer responsible'@0
            The reviewer is responsible. |
            All Kim had to do was restart it. | hindsight 'All Kim had to do'@0
            All Kim needed to do was restart it. |
            All Kim has to do is restart it. | hindsight 'All Kim has to do'@0
            All Kim needs to do is restart it. |
            All Kim wanted to do was restart it. |
            All Kim had to do. | hindsight 'All Kim had to do'@0
            Kim just needs to restart it. |
            Kim just wanted to restart it. |
            Kim just had a restart. |
            Had Kim checked, it would have held. | counterfactual 'Had Kim'@0
            Had we checked, it would have held. |
            Had the probe checked, it would have held. |
            Kim had checked the lag. |
            Why had Kim. |
            Had Kim. |
            Kim could have checked the lag. | counterfactual 'could have'@4
            Kim would have checked the lag. | counterfactual 'would have'@4
            Kim must have checked the lag. | counterfactual 'must have'@4
            Kim might have checked the lag. | counterfactual 'might have'@4
            Kim should've checked the lag. | counterfactual 'should've'@4
            Kim should really have checked the lag. | counterfactual 'should really have'@4
            The alert should have fired. |
            We could have caught it. |
            Whether Kim could have caught it is unclear. |
            If the alert had fired, Kim would have acted. |
            If only the alert had fired. |
            If only we had checked. |
            If he had checked the lag. | counterfactual 'If he had'@0
            Ravi deleted the wrong volume. | person-failure 'deleted the wrong volume'@5
            Ravi picked a wrong option. | person-failure 'picked a wrong option'@5
            Ravi ran a bad query. | person-failure 'ran a bad query'@5
            Ravi did not run the wrong command. |
            Ravi chose the wrong region. | person-failure 'chose the wrong region'@5
            The job picked the wrong region. |
            Why didn't the engineers check? | counterfactual 'Why didn't the engineers'@0
            Why didn't the on-call check the lag? | counterfactual 'Why didn't the on-call'@0
            Why did it fail? |
            Why didn't Emeka's script run? |
            Kim's failure to escalate hurt. | person-failure 'Kim's failure to'@0
            The script's failure to escalate hurt. |
            Kim's failure of nerve hurt. |
            The failure of Kim to escalate hurt. | person-failure 'failure of Kim to'@4
            The failure by the probe to restart hurt. |
            There was no failure by Kim to escalate. |
            The failure of the team hurt. |
            The developer did not test it because it was late. |
            Kim deleted the bucket by mistake. | person-failure 'by mistake'@23
            Kim dropped the table by accident. | person-failure 'by accident'@22
            Kim tagged the build in error. | person-failure 'in error'@21
            By accident, Kim dropped the table. | person-failure 'By accident'@0
            The script deleted the bucket by mistake. |
            The page was sent in error. |
            Kim did not drop the table by accident. |
            Kim could delete the bucket by mistake. |
            Kim found the bucket had been deleted by mistake. |
            Kim deleted the unused bucket by mistake. | person-failure 'by mistake'@30
            Precious misconfigured the health check. | person-failure 'misconfigured'@9
            Kim mistyped the hostname. | person-failure 'mistyped'@4
            The proxy was misconfigured by Kim. | person-failure 'misconfigured by Kim'@14
            The proxy misrouted requests. |
            A misconfigured proxy dropped requests. |
            Kim never mislabelled the bucket. |
            Kim approved it without actually reading it. | person-failure 'without actually reading'@16
            Kim merged it without first testing it. | person-failure 'without first testing'@14
            Kim merged it without running the tests. | person-failure 'without running the tests'@14
            Kim merged it without a second look. | person-failure 'without a second look'@14
            Kim merged it without review. | person-failure 'without review'@14
            Kim decided to merge without a review. | person-failure 'without a review'@21
            The pipeline accepted it without a review step. |
            The job restarted without running the checks. |
            Kim merged it without the tests. |
            Kim can merge without a review. |
            Kim had to merge without a review. |
            Kim never merges without running the tests. |
            Nobody deployed without testing. |
            We merged it without a second look. |
            Kim merged it without a review because the bot was down. |
            The tool lets Kim merge without a review. |
            Kim saw that the deploy had gone out without a review. |
            The engineer who approved the PR merged it without a review. | person-failure 'without a review'@43
            Kim merged it without a review, as the process allowed it. |
            Kim merged it without a review, as usual. | person-failure 'without a review'@14
            It came down to Kim not reading the notes. | person-failure 'Kim not reading'@16
            It was due to the on-call engineer not escalating. | person-failure 'the on-call engineer not escalating'@14
            It was because of Kim's not testing it. | person-failure 'Kim's not testing'@18
            Thanks to Kim not running the tests, it broke. | person-failure 'Kim not running the tests'@10
            It was due to the probe not checking the lag. |
            It was not due to Kim not reading the notes. |
            It was due to Kim not having access. |
            Kim is not reading the notes. |
            Ravi’s typo took down checkout. | human-error 'Ravi’s typo'@0
            Ravi's config typo took down checkout. | human-error 'Ravi's config typo'@0
            His mistake took down checkout. | human-error 'His mistake'@0
            Kim made a typo. | human-error 'made a typo'@4
            It was a typo by Kim. | human-error 'typo by Kim'@9
            A typo in the manifest broke it. |
            It was nobody's mistake. |
            Her errors were logged. |
            The team's oversight of the rollout ended. |
            Human oversight is required. |
            Kim's oversight role started in May. |
            Greg is the one who broke it. | person-failure 'broke'@20
            Kim was the only one who missed the page. | person-failure 'missed'@25
            Kim was the one who should have checked. | counterfactual 'should have'@20
            Greg was not the one who broke it. |
            Greg wasn't the one who broke it. |
            The cache is the one who broke it. |
            Kim was the one who fixed it. |
            Should've known better, Kevin. | counterfactual 'Should've'@0
            Whoever approved it ought to have known better. | counterfactual 'ought to have'@20
            We should have known better. |
            Nobody could have known better. |
            Elif was too hasty. | judgement 'hasty'@13
            Kim's hasty rollback wiped it. | judgement 'hasty'@6
            A rash of errors hit. |
            Kim was not hasty. |
            The rollout was hasty. |
            Kim was asleep at the wheel. | judgement 'asleep at the wheel'@8
            Kim was asleep when it paged. |
            The monitoring was asleep at the wheel. |
            Rosa made things worse. | person-failure 'made things worse'@5
            Kim made the outage worse. | person-failure 'made the outage worse'@4
            The retries made things worse. |
            Restarting made things worse. |
            Kim could make things worse. |
            Kim did not make things worse. |
            Anyone would have made things worse. | counterfactual 'would have'@7
            Kim let the bug slip through. | person-failure 'let the bug slip through'@4
            The canary let the bug slip through. |
            Kim never let a bug slip through. |
            We let it slip through. |
            Lucía's lack of attention let it through. | judgement 'Lucía's lack of attention'@0
            His lack of care broke it. | judgement 'His lack of care'@0
            A lack of focus by the on-call hurt. | judgement 'lack of focus by the on-call'@2
            A lack of rigour on the part of Kim let it through. | judgement 'lack of rigour on the part of Kim'@2
            A lack of monitoring hurt. |
            The team's lack of tooling hurt. |
            There was no lack of attention from Kim. |
            The lack of care from the vendor hurt. |
            This outage is on Luis. | blame-attribution 'is on Luis'@12
            Honestly this one is on Dmitri. | blame-attribution 'is on Dmitri'@18
            This one's on Dmitri. | blame-attribution 'one's on Dmitri'@5
            That's on Kim. | blame-attribution 'That's on Kim'@0
            It's on the on-call for not escalating. | blame-attribution 'It's on the on-call'@0
            It was on Kim for approving it. | blame-attribution 'was on Kim'@3
            The action item is on Luis. |
            The rollback is on Luis now. |
            The issue is on Luis. |
            It's on Luis's calendar. |
            It's on Luis. |
            The outage was on Tuesday. |
            The outage is not on Luis. |
            This one is on me. |
            The cost of this is on the team. |
            This is on Kim to fix. |
            The incident was on call rotation B. |
            A bit of common sense from the deployer would have prevented this. | counterfactual 'would have'@40
            More care from Kim would have helped. | counterfactual 'would have'@19
            More care from Kim would not have helped. |
            No amount of care from Kim could have helped. |
            More care from the vendor would have helped. |
            Common sense in the defaults would have helped. |
            The "human error" category was retired. |
            The "human-error" tag was removed. |
            Avoid the phrase “human error” here. |
            The root cause was "human error". | human-error 'human error'@20
            It was "human-error". | human-error 'human-error'@8
            It's tempting to call this human error, but it was not. |
            Rather than calling it human error, we looked deeper. |
            They chose to call it human error. | human-error 'human error'@22
            User errors (4xx) are excluded. |
            It was user error (again). | human-error 'user error'@7
            The developer did not test it since the lab was down. |
            The developer did not test it. It was late. | person-failure 'not test'@18
            The developer did not even test it. | person-failure 'not even test'@18
            The developer did not have the test. |
            She did not test it. | person-failure 'not test'@8
            Nobody tested it. |
            We did not test it. |
            The developer didn't test it. | person-failure 'didn't test'@14
            The developer never really tested it. | person-failure 'never really tested'@14
            The engineer did not bother to check. | person-failure 'not bother'@17
            The probe did not bother to retry. |
            The outage was caused by Kim. | person-failure 'caused by Kim'@15
            The outage was not caused by Kim. |
            The outage was caused by the on-call engineer. | person-failure 'caused by the on-call engineer'@15
            The outage was caused by the deploy. |
            Kim caused it. | person-failure 'caused'@4
            Kim did not cause it. |
            The deploy caused it. |
            The engineer quickly caused it. | person-failure 'caused'@21
            Kim clearly ignored it. | hindsight 'clearly'@4, person-failure 'ignored'@12
            Clearly, the probe ignored it. |
            Kim clearly because of it. |
            Obviously the probe failed. |
            The engineer obviously knew. | hindsight 'obviously'@13
            We obviously knew. |
            We obviously should have known. | hindsight 'obviously'@3
            We obviously could have known. | hindsight 'obviously'@3
            Anyone looking at the graph could see it. | hindsight 'Anyone looking at the graph could see'@0
            Anyone could tell. | hindsight 'Anyone could tell'@0
            Anyone can see it. | hindsight 'Anyone can see'@0
            Anyone, and the probe, could see it. |
            Anyone who looked could see it. | hindsight 'Anyone who looked could see'@0
            Anyone knows that. |
            The engineer who deployed the change forgot the flag. | person-failure 'forgot'@37
            Who missed the page? | person-failure 'missed'@4
            Kim, the on-call, missed the page. | person-failure 'missed'@18
            The engineer on call missed the page. | person-failure 'missed'@21
            The engineer in charge missed the page. | person-failure 'missed'@23
            The team in the office missed the page. | person-failure 'missed'@23
            A bug in the code that Kim wrote missed the page. |
            One of the engineers missed the page. | person-failure 'missed'@21
            Some of the probes missed the page. |
            The operator of the cluster missed the page. | person-failure 'missed'@28
            The lead of the team missed the page. | person-failure 'missed'@21
            The config of the engineer missed the page. |
            Kim restarted and forgot the flag. | person-failure 'forgot'@18
            The probe restarted and forgot the flag. |
            Kim then forgot the flag. | person-failure 'forgot'@9
            Kim and I forgot the flag. | person-failure 'forgot'@10
            Kim was written up. | punitive 'written up'@8
            The report was written up by Kim. |
            Kim wrote up the timeline. |
            Kim has been formally disciplined. | punitive 'disciplined'@22
            Kim has since been disciplined. | punitive 'disciplined'@19
            The alert has since been fixed. |
            Kim got a written warning. | punitive 'written warning'@10
            A verbal warning was given to the on-call. | punitive 'verbal warning'@2
            The tool prints a formal warning. |
            No formal warning was issued to Kim. |
            The formal warning threshold is five. |
            We sent a formal warning to the vendor. |
            Kim will be reminded to follow the checklist. | punitive 'reminded to follow'@12
            Kim was reminded of the freeze. | punitive 'reminded of'@8
            Kim will be told to read the runbook. | punitive 'told to read'@12
            Kim was told to read the runbook. |
            The node will be told to drain. |
            Kim is reminded to check the lag by a bot. |
            Kim will undergo retraining. | punitive 'undergo retraining'@9
            The engineer responsible was suspended pending retraining. | punitive 'suspended'@29, punitive 'pending retraining'@39
            Kim was retrained. | punitive 'retrained'@8
            We will retrain the reviewers. | punitive 'retrain the reviewers'@8
            The model will undergo retraining. |
            The model was retrained. |
            We addressed this with the individual involved. | punitive 'addressed this with the individual involved'@3
            We addressed it with Kim. | punitive 'addressed it with Kim'@3
            We addressed this with the team. |
            We addressed the gap with a check. |
            The team responsible for billing ignored the warnings. | person-failure 'ignored'@33
            Kim will stop ignoring alerts. | punitive 'stop ignoring'@9
            Kim needs to stop ignoring alerts. | punitive 'stop ignoring'@13
            The proxy will stop ignoring probes. |
            We will stop ignoring alerts. |
            Kim will be required to explain any future mistakes. | punitive 'explain any future mistakes'@24
            Kim must justify her errors. | punitive 'justify her errors'@9
            Kim explained the error. |
            The tool must explain errors. |
            Make sure Kim doesn't make this mistake again. | punitive 'make this mistake again'@22
            Make sure the tool doesn't make this mistake again. |
            Kim must double-check their work. | punitive 'double-check their work'@9
            Kim should check his own work. | punitive 'check his own work'@11
            We must double-check our work. |
            The job must check its work. |
            We expect Kim to exercise better judgement. | judgement 'exercise better judgement'@17
            We will use better judgement. |
            The tool helps Kim use better judgement. |
            Accountability for the outage rests with Kim. | blame-attribution 'Accountability for the outage rests with'@0
            Accountability for the outage rests with us. |
            Accountability for the backlog rests with Kim. |
            Responsibility for the outage review lies with Kim. |
            Kim bears responsibility for the outage. | blame-attribution 'bears responsibility'@4
            Kim bears responsibility for the rotation. |
            It happened on his watch. | blame-attribution 'on his watch'@12
            It happened on my watch. |
            It did not happen on his watch. |
            It can't happen again on his watch. | blame-attribution 'on his watch'@22
            How did Kim miss it? | person-failure 'How did Kim miss'@0
            Why did the team ignore the alert? | person-failure 'Why did the team ignore'@0
            Why did the probe miss it? |
            How could we skip it? |
            Shouldn't Kim have caught it? | counterfactual 'Shouldn't Kim have'@0
            Could the alert have fired sooner? |
            Should Kim have been paged? |
            Should the runbook have a step for it? |
            Why did Kim think it was okay? | judgement 'Why did Kim think it was okay'@0
            Why did Kim think it was a good idea? | judgement 'Why did Kim think it was a good idea'@0
            Why did Kim think the alert was noise? |
            Why did we think it was fine? |
            Who thought it was a good idea? | judgement 'Who thought it was a good idea'@0
            We thought it was a good idea. |
            It was Kim's decision to bypass review. | person-failure 'Kim's decision to bypass'@7
            It was the tool's decision to skip it. |
            Kim chose to skip the canary. | person-failure 'chose to skip'@4
            Kim could choose to skip the canary. |
            Kim decided to skip the test, as agreed with QA. |
            Kim merged it without review, as planned. |
            Kim's inattention caused it. | judgement 'Kim's inattention'@0
            It was the team, whose inattention caused it. | judgement 'whose inattention'@17
            Inattention is expected at night. |
            Kim is the root cause. | blame-attribution 'is the root cause'@4
            The root cause was Kim. | blame-attribution 'cause was Kim'@9
            Root cause: Kim | blame-attribution 'cause: Kim'@5
            The root cause was Kim's change. |
            The root cause is the on-call rotation. |
            Kim was not the cause. |
            It was a failure of ownership by the team. | judgement 'failure of ownership by the team'@9
            It was a failure of ownership. |
            Kim didn't do his job. | person-failure 'didn't do his job'@4
            The job didn't run. |
            Kim skipped the canary. | person-failure 'skipped'@4
            The canary was skipped automatically. |
            It was pushed by Kim without review. | person-failure 'without review'@21
            It was pushed by the bot without review. |
            Kim, rather than following the runbook, improvised. | person-failure 'rather than following'@5
            The bot restarts it instead of checking. |
            Kim pushed it w/o review. | person-failure 'w/o review'@14
            Kim ran it without a dry run. | person-failure 'without a dry run'@11
            The bot ran it without a dry run. |
            Kim did a mistake. | human-error 'did a mistake'@4
            Kim did mistake in the rule. | human-error 'did mistake'@4
            We did a mistake. |
            Kim did the mistake analysis. |
            Is fault of Kim. | blame-attribution 'fault of Kim'@3
            The fault is of Kim. | blame-attribution 'fault is of Kim'@4
            Is fault of the script. |
            It was not the fault of Kim. |
            Kim should to have verify it. | counterfactual 'should to have'@4
            The job should to have retried it. |
            Kim should to have a backup. |
            Kim was not checking the disk. | person-failure 'not checking'@8
            Kim wasn't reading the diff. | person-failure 'wasn't reading'@4
            The probe was not checking the port. |
            Kim was not checking it because she was off. |
            Kim will not be checking it. |
            Owner of failure: Kim | blame-attribution 'Owner of failure: Kim'@0
            Owner (action item): Kim |
            intern ran it on wrong host | person-failure 'ran it on wrong host'@7
            The job ran on the wrong host. |
            classic intern move | judgement 'classic intern move'@0
            a classic race condition |
            lol who broke the config | person-failure 'broke'@8
            whoever approved it didn't bother reading it | person-failure 'didn't bother'@20
            smh priya ignored the alert | person-failure 'ignored'@10
            if only jamal had checked | counterfactual 'if only jamal had'@0
            if only monitoring had checked |
            10:42 haproxy ignored the probe |
            10:42 kenji pushed it w/o review | person-failure 'w/o review'@22
            wei paged the network team |
            10:42 loki missed the logs |
            Airflow missed the schedule. |
            We found no engineer who was careless. |
            We did not find any engineer whose work was careless. |
            We found an engineer whose work was careless. | judgement 'careless'@36
            Human error? |
            Human error. | human-error 'Human error'@0
            Was it human error? | human-error 'human error'@7
            We avoid a blame culture. |
            Leadership was quick to blame Kim. | blame-attribution 'blame'@24
            A customer called us careless. |
            A customer called Kim careless. | judgement 'careless'@22
            Kim doesn't know what he's doing. | judgement 'doesn't know what he's doing'@4
            We don't know what they're doing. |
            Kim doesn't know what the job is doing. |
            The man who said that Kim clearly forgot it left. | hindsight 'clearly'@26, person-failure 'forgot'@34
            The engineer who wrote that script forgot it. | person-failure 'forgot'@35
            """)
    void should_give_exactly_the_expected_findings_when_linting_one_sentence(String sentence, String expected) {
        // GIVEN one sentence WHEN linted as plain text
        List<String> findings = ENGINE.lintText(sentence).findings().stream()
                .map(f -> f.ruleId() + " '" + f.matchedText() + "'@" + f.offset())
                .toList();
        // THEN the findings (rule, matched text and offset) are exactly the expected ones, in order
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(", "));
        assertThat(findings).isEqualTo(wanted);
    }
}
