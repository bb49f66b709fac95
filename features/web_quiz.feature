Feature: Students take quizzes in a real browser
  The quiz app is served on a live server over a bank built from the seed articles.

  Scenario: A student takes a quiz end to end and sees the highlighted evidence
    Given a published set "sample" with one seed question of each type
    And a student on the home page
    When the student starts the "sample" quiz
    And answers the first question right and every other one wrong, with the keyboard
    Then every answer showed the correct answer and the evidence with the answer highlighted
    And the results page shows the score, a review and "practice the missed ones"
    And the evidence link opens the article with the answer highlighted and boilerplate dimmed

  Scenario: A student takes a quiz with the keyboard only
    Given a published set "keys" with one seed question of each of the types mcq, tf, short, cloze
    And a student on the home page
    When the student opens the "keys" quiz and starts it with Enter
    And answers every question with arrow keys, Space, typing and Enter only
    Then every question showed its feedback, with the focused control outlined on every page
    And the results page was reached with the keyboard

  Scenario: A student practises the missed ones
    Given a published set "again" with one seed question of each type
    And a student on the home page
    When the student starts the "again" quiz
    And answers the first question right and every other one wrong, with the keyboard
    And the student practises the missed ones
    Then a new quiz asks exactly the missed questions, in their order

  Scenario: Practice with spaced repetition remembers a named learner
    Given a student on the home page
    When the student practises the "seeds" set under a name and answers the first question right
    Then the feedback says when that question is due again
    And practising under the same name in another browser shows one new question fewer and not that question
