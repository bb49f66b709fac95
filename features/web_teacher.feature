Feature: Teachers curate the bank in a real browser

  Scenario: An anonymous user is sent to login from teacher pages
    Given a student on the home page
    When the student opens the teacher page "/teacher/sets"
    Then the login page is shown

  Scenario: A teacher edits a question and a student sees the edit
    Given a teacher logged in
    When the teacher rewrites the prompt of the first question of the "seeds" set
    Then a student starting the "seeds" quiz sees the teacher's prompt

  Scenario: Re-ingesting the seeds keeps the teacher's edit
    Given a teacher logged in
    When the teacher rewrites the prompt of the first question of the "seeds" set
    And the seeds are ingested again
    Then a student starting the "seeds" quiz sees the teacher's prompt

  Scenario: A teacher draws random questions into a new set and publishes it
    Given a teacher logged in
    When the teacher creates the set "Five at random" and draws 5 "mcq" questions into it
    And the teacher publishes the set
    Then the set holds 5 "mcq" questions
    And a student sees "Five at random" with 5 questions on the home page and can take it
