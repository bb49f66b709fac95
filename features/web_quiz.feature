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
