package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;

/** The accounts of a generated organization, all derived from the master seed. */
final class Organization {
    private static final String[][] KNOWN_ACCOUNTS = {
        {"acme-prod", "prod", "1.0"},
        {"acme-staging", "staging", "0.45"},
        {"acme-security", "security", "0.25"},
        {"acme-dev", "dev", "0.5"},
        {"acme-data", "data", "0.35"},
        {"acme-shared-services", "shared", "0.3"},
        {"acme-sandbox", "sandbox", "0.2"},
        {"acme-log-archive", "logs", "0.1"},
        {"acme-network", "network", "0.15"},
        {"acme-analytics", "analytics", "0.3"},
    };
    private static final int DIRECTORY_SIZE = 80;

    private Organization() {
    }

    static List<GeneratedAccount> accounts(long seed, int count) {
        SeededRandom random = new SeededRandom(SeededRandom.hash(seed, 0xACC0));
        List<GeneratedAccount> accounts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (accounts.size() < count) {
            String id = twelveDigits(random);
            if (ids.contains(id)) {
                continue;
            }
            ids.add(id);
            accounts.add(new GeneratedAccount(id, name(accounts.size())));
        }
        return List.copyOf(accounts);
    }

    static List<AccountModel> build(long seed, int count) {
        List<GeneratedAccount> accounts = accounts(seed, count);
        Directory directory = new Directory(new SeededRandom(SeededRandom.hash(seed, 0xD1EC)), DIRECTORY_SIZE);
        String partner = twelveDigits(new SeededRandom(SeededRandom.hash(seed, 0x9A97)));
        List<AccountModel> models = new ArrayList<>();
        for (int index = 0; index < accounts.size(); index++) {
            SeededRandom random = new SeededRandom(SeededRandom.hash(seed, 0xACC1, index));
            models.add(AccountFactory.build(random, index, accounts.get(index), environment(index), weight(index),
                    directory, partner));
        }
        return List.copyOf(models);
    }

    private static String name(int index) {
        if (index < KNOWN_ACCOUNTS.length) {
            return KNOWN_ACCOUNTS[index][0];
        }
        return "acme-workload-" + (index + 1);
    }

    private static String environment(int index) {
        if (index < KNOWN_ACCOUNTS.length) {
            return KNOWN_ACCOUNTS[index][1];
        }
        return "wl" + (index + 1);
    }

    private static double weight(int index) {
        if (index < KNOWN_ACCOUNTS.length) {
            return Double.parseDouble(KNOWN_ACCOUNTS[index][2]);
        }
        return 0.2;
    }

    private static String twelveDigits(SeededRandom random) {
        StringBuilder digits = new StringBuilder(12);
        digits.append((char) ('1' + random.nextInt(9)));
        for (int index = 1; index < 12; index++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
