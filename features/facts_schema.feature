Feature: The documented facts schema
  `quizgen extract` writes JSON Lines whose every line is described by
  quizgen/schema/facts.schema.json, the contract other parts and external checks rely on.

  Scenario: Every fact extracted from the seeds validates against the facts schema
    Given the facts extracted from the seeds
    Then the facts schema is a valid JSON Schema
    And every fact validates against the facts schema
    And facts of every kind were checked

  Scenario: The schema rejects a fact that breaks the contract
    Given the facts extracted from the seeds
    Then a figure without its unit is rejected
    And a quote whose span is not a pair of offsets is rejected
