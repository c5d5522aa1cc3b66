package dev.incident.lint.internal;

import java.util.Arrays;

/**
 * A case-insensitive hash table from words to entry ids, looked up straight from a region of the
 * source text without allocating. Each entry has lexical {@linkplain #flags(int) flags} and a
 * {@linkplain #trigger(int) trigger} code. Built once per linter; immutable after {@link
 * #freeze()}, and then thread-safe.
 */
final class Lexicon {
    // Entry data, by id.
    private String[] words = new String[512];
    private int[] flags = new int[512];
    private int[] triggers = new int[512];
    private int[] hashes = new int[512];
    private int[] keyStart = new int[512];
    private int[] keyLength = new int[512];
    private int size;

    /** Every key's folded chars, one after another: a lookup compares against contiguous memory. */
    private char[] keyChars = new char[4096];

    private int keyCharsUsed;

    /**
     * Open addressing with linear probing; a slot holds {@code hash << 32 | (id + 1)}, 0 when empty,
     * so a probe reads one array and compares the full hash before touching any key.
     */
    private long[] table = new long[8192];

    private int mask = table.length - 1;
    private boolean frozen;

    Lexicon() {}

    /** Returns a mutable copy of this lexicon. */
    Lexicon copy() {
        Lexicon copy = new Lexicon();
        copy.words = words.clone();
        copy.flags = flags.clone();
        copy.triggers = triggers.clone();
        copy.hashes = hashes.clone();
        copy.keyStart = keyStart.clone();
        copy.keyLength = keyLength.clone();
        copy.size = size;
        copy.keyChars = keyChars.clone();
        copy.keyCharsUsed = keyCharsUsed;
        copy.table = table.clone();
        copy.mask = mask;
        return copy;
    }

    Lexicon freeze() {
        frozen = true;
        return this;
    }

    int size() {
        return size;
    }

    /** Adds {@code word} (or finds it) and ORs in {@code flag}; sets the trigger if non-zero. */
    int add(String word, int flag, int trigger) {
        if (frozen) {
            throw new IllegalStateException("lexicon is frozen");
        }
        String key = normalize(word);
        int hash = hash(key, 0, key.length());
        int id = find(key, 0, key.length(), hash);
        if (id < 0) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                flags = Arrays.copyOf(flags, size * 2);
                triggers = Arrays.copyOf(triggers, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                keyStart = Arrays.copyOf(keyStart, size * 2);
                keyLength = Arrays.copyOf(keyLength, size * 2);
            }
            if (keyCharsUsed + key.length() > keyChars.length) {
                keyChars = Arrays.copyOf(keyChars, Math.max(keyChars.length * 2, keyCharsUsed + key.length()));
            }
            id = size++;
            words[id] = key;
            hashes[id] = hash;
            keyStart[id] = keyCharsUsed;
            keyLength[id] = key.length();
            key.getChars(0, key.length(), keyChars, keyCharsUsed);
            keyCharsUsed += key.length();
            if (size * 4 > table.length) {
                rehash(table.length * 2);
            } else {
                insert(id);
            }
        }
        flags[id] |= flag;
        if (trigger != 0) {
            triggers[id] = trigger;
        }
        return id;
    }

    private void rehash(int capacity) {
        table = new long[capacity];
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            insert(i);
        }
    }

    private void insert(int id) {
        int slot = hashes[id] & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = ((long) hashes[id] << 32) | (id + 1);
    }

    int flags(int id) {
        return id < 0 ? 0 : flags[id];
    }

    int trigger(int id) {
        return id < 0 ? 0 : triggers[id];
    }

    String word(int id) {
        return words[id];
    }

    /** Looks up the region {@code [start, end)} of {@code text}, whose {@link #hash} is {@code hash}. */
    int find(CharSequence text, int start, int end, int hash) {
        int length = end - start;
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry - 1;
                if (keyLength[id] == length && regionEquals(keyStart[id], text, start, length)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Looks up the region {@code [start, end)} of {@code text}, whose {@link #hash} is {@code hash};
     * the tokenizer's lookup, straight from the source's chars.
     */
    int find(char[] text, int start, int end, int hash) {
        int length = end - start;
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry - 1;
                if (keyLength[id] == length && equal(keyStart[id], text, start, length)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Compares a key with a region of chars, folding them; keys are short, so a plain loop. */
    private boolean equal(int from, char[] text, int start, int length) {
        char[] keys = keyChars;
        for (int i = 0; i < length; i++) {
            if (keys[from + i] != fold(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEquals(int from, CharSequence text, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (keyChars[from + i] != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** Folds one char for lookup: lower case, curly apostrophe to straight. */
    static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    /** Mixes one more folded char into a hash. */
    static int mix(int hash, char folded) {
        return hash * 31 + folded;
    }

    /** Finishes a hash (spreads the bits). */
    static int finish(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = mix(h, fold(text.charAt(i)));
        }
        return finish(h);
    }

    static String normalize(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            sb.append(fold(word.charAt(i)));
        }
        return sb.toString();
    }
}
