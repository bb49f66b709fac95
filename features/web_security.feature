Feature: Hostile input stays inert in the browser

  Scenario: An article with a script tag and an onerror image is shown as text
    Given a hostile article in the bank
    When a student opens that article
    Then no script from the article ran
    And its markup is shown as text
