package dev.incident.lint.internal;

import java.util.Arrays;

/**
 * A case-insensitive hash table from words to entry ids, looked up straight from a region of the
 * source text without allocating. Each entry has lexical {@linkplain #flags(int) flags} and a
 * {@linkplain #trigger(int) trigger} code. Built once per linter; immutable after {@link
 * #freeze()}, and then thread-safe.
 */
final class Lexicon {
    private String[] words = new String[512];
    private char[][] chars = new char[512][];
    private int[] flags = new int[512];
    private int[] triggers = new int[512];
    private int size;
    private int[] hashes = new int[512];
    private int[] table = new int[8192];
    private int mask = table.length - 1;
    private boolean frozen;

    Lexicon() {
        Arrays.fill(table, -1);
    }

    /** Returns a mutable copy of this lexicon. */
    Lexicon copy() {
        Lexicon copy = new Lexicon();
        copy.words = words.clone();
        copy.chars = chars.clone();
        copy.flags = flags.clone();
        copy.triggers = triggers.clone();
        copy.size = size;
        copy.table = table.clone();
        copy.hashes = hashes.clone();
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
        int id = find(key, 0, key.length(), hash(key, 0, key.length()));
        if (id < 0) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                chars = Arrays.copyOf(chars, size * 2);
                flags = Arrays.copyOf(flags, size * 2);
                triggers = Arrays.copyOf(triggers, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            id = size++;
            words[id] = key;
            chars[id] = key.toCharArray();
            hashes[id] = hash(key, 0, key.length());
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
        table = new int[capacity];
        Arrays.fill(table, -1);
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            insert(i);
        }
    }

    private void insert(int id) {
        int slot = hashes[id] & mask;
        while (table[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id;
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
            int id = table[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[id] == hash) {
                String key = words[id];
                if (key.length() == length && regionEquals(key, text, start)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Looks up the folded chars {@code buffer[0, length)}, whose {@link #hash} is {@code hash}. */
    int find(char[] buffer, int length, int hash) {
        int slot = hash & mask;
        while (true) {
            int id = table[slot];
            if (id < 0) {
                return -1;
            }
            if (hashes[id] == hash) {
                char[] key = chars[id];
                if (key.length == length && equal(key, buffer, length)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean equal(char[] key, char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (key[i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionEquals(String key, CharSequence text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != fold(text.charAt(start + i))) {
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
