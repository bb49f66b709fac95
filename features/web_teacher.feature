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

  Scenario: An upload becomes a draft set the teacher reviews and publishes
    Given a teacher logged in
    When the teacher uploads an article headlined "Harbour bridge repairs start in spring"
    Then the upload page says in plain words how many questions the draft set holds and ends with "Review and publish"
    When the teacher follows "Review and publish"
    Then the set "Harbour bridge repairs start in spring" is a draft holding that many questions
    And students do not see it on the home page until the teacher publishes it

  Scenario: A flagged question waits in the review queue until the teacher approves it
    Given a question of the "seeds" set flagged for review
    And a teacher logged in
    When the teacher opens the questions that need review and approves the flagged one
    Then a student's "seeds" quiz asks that question again

  Scenario: A validation error keeps what the teacher typed
    Given a teacher logged in
    When the teacher writes a multiple choice question without choices
    Then the form shows the typed prompt and answer, with the error beside the choices

  Scenario: The teacher builds a set without losing their place and undoes a removal
    Given a teacher logged in
    And a set "Builder" of 6 seed questions
    When the teacher moves the fifth question up
    Then the page is back at that question
    When the teacher removes the second question and undoes it
    Then the set holds the same 6 questions in the moved order
    And the copy button copies the share link

  Scenario: Quiz settings draw questions per student and allow one attempt
    Given a teacher logged in
    And a set "Settings" of 4 seed questions
    When the teacher sets 2 questions per student and 1 attempt, and publishes the set
    Then a student taking "Settings" gets 2 questions
    And starting it again says the attempts are used up

  Scenario: The gradebook lists each student and downloads as CSV
    Given a published set "Graded" of 2 seed questions
    And students "Ana" and "Ben" took "Graded", Ana answering all right and Ben all wrong
    And a teacher logged in
    When the teacher opens the gradebook of "Graded"
    Then it lists Ana with 2 / 2 and Ben with 0 / 2, and Ben's wrong answers among the most common
    And the CSV download has a row for each of them

  Scenario: Statistics say how many students they rest on
    Given a published set "Graded stats" of 2 seed questions
    And students "Ana" and "Ben" took "Graded stats", Ana answering all right and Ben all wrong
    And a teacher logged in
    When the teacher opens the statistics of "Graded stats"
    Then they rest on 2 students, are flagged as a small sample and the chart has axis titles

  Scenario: A printable worksheet with its answer key
    Given a teacher logged in
    And a set "Printed" of 3 seed questions
    When the teacher opens the printable worksheet of "Printed"
    Then printing shows the 3 questions without the site's menu and the answer key on its own page

  Scenario: A teacher shows the answers only when the student finishes
    Given a teacher logged in
    And a set "Answers at the end" of 3 seed questions
    When the teacher chooses to show the answers "When the student finishes" and publishes the set
    Then a student answering every question of "Answers at the end" wrong sees only that each answer was saved
    And the results page shows each correct answer with its evidence highlighted
