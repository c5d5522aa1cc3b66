/**
 * The project's JMH benchmarks, all in one place. Each benchmark class measures our code next to a
 * baseline in the same run, so the ratio holds on a noisy machine. Run them with the command in the
 * README ("Benchmarks").
 */
package dev.incident.examples.bench;
