Feature: Students take quizzes in a real browser
  The quiz app is served on a live server over a bank built from the seed articles; scenarios run
  at desktop size unless they say a phone.

  Scenario: A student takes a quiz end to end and sees the highlighted evidence
    Given a published set "sample" with one seed question of each type
    And a student on the home page
    When the student starts the "sample" quiz
    And answers the first question right and every other one wrong, with the keyboard
    Then every answer showed the correct answer and one piece of evidence with the answer highlighted
    And the results page shows the score, the missed ones first and "practice the missed ones"
    And the evidence link opens the article for reading with the answer highlighted and a way back to the question

  Scenario: A student takes a quiz with the keyboard only, and a screen reader hears the question and the verdict
    Given a published set "keys" with one seed question of each of the types mcq, tf, short, cloze
    And a student on the home page
    When the student opens the "keys" quiz and starts it with Enter
    And answers every question with arrow keys, Space, typing and Enter only
    Then every question named its answer controls by the question text
    And every question showed its feedback with the verdict focused and the focused control outlined on every page
    And the results page was reached with the keyboard

  Scenario: A student practises the missed ones
    Given a published set "again" with one seed question of each type
    And a student on the home page
    When the student starts the "again" quiz
    And answers the first question right and every other one wrong, with the keyboard
    And the student practises the missed ones
    Then a new quiz asks exactly the missed questions, in their order

  Scenario Outline: On a <device>, a short quiz, "I don't know", stopping early, and results that lock the attempt
    Given a student on a <device>
    When the student starts the "seeds" quiz with 10 questions
    And answers the first question right and says "I don't know" to the second
    And stops and sees the results
    Then the results count 1 of 2 answered, list the unanswered 8 apart and offer to answer them
    And answering the third question afterwards changes nothing

    Examples:
      | device  |
      | desktop |
      | phone   |

  Scenario Outline: On a <device>, practice remembers a learner by their resume code, not by a typed name
    Given a student on a <device>
    When the student practises the "seeds" set, answers the first question right and rates it "Good"
    Then the practice page says when that question comes back and draws the progress
    And typing the same name in another browser shows none of that progress
    And resuming with the code shown once in another browser shows one new question fewer and not that question

    Examples:
      | device  |
      | desktop |
      | phone   |

  Scenario Outline: On a <device> a student pairs a matching question by tapping and gets partial credit
    Given a published set "pairs on a <device>" with one seed question of each of the types matching
    And a student on a <device>
    When the student starts the "pairs on a <device>" quiz
    And pairs the first item right and the others wrong by tapping
    Then the feedback gives partial credit and fits the screen
    And keyboard hints are shown only on the desktop

    Examples:
      | device  |
      | desktop |
      | phone   |

  Scenario: Without JavaScript a student answers every type and reads the article
    Given a published set "plain" with one seed question of each type
    And a student whose browser runs no JavaScript
    When the student starts the "plain" quiz
    And answers every question right with the plain form controls
    Then the results page shows every answer right
    And the article opens with its page clutter hidden and shows it on request

  Scenario: A student joins a class by the teacher's code and counts a reworded answer right
    Given an unpublished set "class of 3B" with one seed question of each of the types short
    And a student on the home page
    When the student joins the class with the code of "class of 3B"
    And answers with different words and counts the answer right
    Then the results count it right
    And the home page lists "class of 3B" under the student's classes
