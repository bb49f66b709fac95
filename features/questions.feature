Feature: Annotated questions from facts
  quizgen turns the facts of a set of articles into ranked questions of five types, each with a
  stable id, evidence in the original text, an explanation and a difficulty, and obeys the
  quality rules: no answer in its own prompt, no unresolved references, same-kind distractors
  from the question's own article, one question per fact across articles, conflicts flagged; the
  set served holds no duplicate prompt and no answer revealed by another of its questions.

  Scenario: The seeds give at least 5 questions per article covering every type
    Given the questions generated from the seeds
    Then every article of 300 words or more has at least 5 questions
    And every question type is present
    And every question validates against the questions schema
    And every question carries its quality verdict and served questions are above the review line

  Scenario: Unseen news gives at least 10 questions per 1,000 words of every type, and no more than a teacher wants
    Given the questions generated from the unseen articles
    Then there are at least 10 questions per 1,000 words
    And every question type is present
    And no two questions share a prompt
    And no answer is revealed by another question of the set
    And every prompt is one well-formed question or statement when parsed

  Scenario: Questions held for review travel with their verdict and validate
    Given every question generated from the seeds
    Then every question validates against the questions schema

  Scenario: Ids are stable across two runs and do not depend on the shuffle seed
    Given the questions generated from the seeds
    When the questions are generated again with another shuffle seed
    Then both runs give the same question ids
    And no two questions share an id

  Scenario: A quote becomes a "Who said" question with the speaker's name forms accepted
    Given the candidate questions from the seeds
    Then a short question asks "Who said: “The war in Ukraine has become a main principle of President Putin’s foreign policy”?"
    And its answer is "Alexander Gabuev"
    And "Gabuev" is an accepted answer
    And its evidence span in article "004" holds the speaker's name

  Scenario: A quote becomes a "Complete the quote" cloze and an "According to" question
    Given the questions generated from the quote "The war in Ukraine has become" alone
    Then a cloze question starts with "Complete the quote by Alexander Gabuev:"
    And a short question asks "According to Alexander Gabuev, what has become a main principle of President Putin’s foreign policy?"
    And its answer is "The war in Ukraine"

  Scenario Outline: A figure becomes a wh-question built from the parse
    Given the candidate questions from the seeds
    Then a short question asks "<prompt>"
    And its answer is "<answer>"

    Examples:
      | prompt                                                                                          | answer        |
      | How much is anticipated bilateral trade between China and Russia projected to reach in 2023?    | $240 billion  |
      | How many documents were signed following the Russian President's visit to China?               | 11            |
      | When did the third international Forum of the “One Belt – One Road” Initiative take place in Beijing? | October 17-18 |

  Scenario: A participant becomes "Who is the <role>?" and "What position does X hold?"
    Given the candidate questions from the seeds
    Then a short question asks "Who is the director of the China program at the Stimson Center, based in Washington?"
    And its answer is "Yun Sun"
    And no question asks "What position does Kassym-Jomart Tokayev hold?"

  Scenario: Cloze questions blank the answer in the evidence sentence
    Given the questions generated from the seeds
    Then every cloze prompt has exactly one blank
    And every cloze answer stands in its evidence sentence

  Scenario: True/false questions state each fact once, as written or with a distractor swapped in
    Given the questions generated from the seeds
    Then every true/false answer is True or False
    And no fact is stated twice
    And true/false questions are at most a quarter of the set

  Scenario: A quoted fragment is asked as words used, a quoted sentence as said
    Given the candidate questions from the seeds
    Then a short question asks "Who used the words “the creation of a continent-wide architecture”?"
    And its answer is "Sergei Lavrov"
    And no prompt says a fragment starting in lower case was "said:"

  Scenario: "…, he noted" after a clause naming someone else is not resolved to that person
    Given the questions generated from the seeds
    Then no prompt contains ", he noted"

  Scenario: Roles that single nobody out, parts of organisations and counts of nothing are not asked
    Given the questions generated from the seeds
    Then no question asks "Who is the senior expert on national security policy?"
    And no question asks "Which organisation is described as a consulting organization headquartered in London?"
    And no prompt contains "attracted only"
    And every sentence of a cloze or true/false prompt has a subject

  Scenario: Matching pairs people with their roles from one article
    Given the candidate questions from the seeds
    Then every matching question has at least 3 pairs from one article
    And a matching question pairs "Yun Sun" with "director of the China program at the Stimson Center, based in Washington"

  Scenario: No answer is given away by its own prompt or by another question of the set
    Given the questions generated from the seeds
    Then no answer or accepted variant appears in its own prompt
    And no answer is revealed by another question of the set
    And no two questions share a prompt
    And every prompt is one well-formed question or statement when parsed
    And every person offered as a choice is named in the question's own article

  Scenario: Prompts are self-contained
    Given the questions generated from the seeds
    Then no prompt uses "he", "she", "it", "they" or "this" outside quotation marks
    And no answer is a pronoun

  Scenario: Multiple-choice distractors obey every rule
    Given the candidate questions from the seeds
    Then every multiple-choice question has the answer and at least 3 distinct distractors
    And no distractor is an alias of the answer or appears in the prompt
    And people are offered against people and organisations against organisations
    And figure distractors have the answer's unit and magnitude and are not roundings of it

  Scenario: A joint speaker is never offered among single names, and its short form is accepted
    Given hand-made facts with a quote by two people jointly and four other people
    When questions are generated from the hand-made facts
    Then the joint speakers are asked as a typed answer accepting "Berg and Hale", never among single names

  Scenario: The same figure in two seed articles is one question citing both
    Given the candidate questions from the seeds
    Then the short question answered "$240 billion" cites articles "003" and "004"

  Scenario: The same fact in two articles is merged with evidence from both
    Given two hand-made articles reporting trade of "$240 billion" and "$240 billion"
    When questions are generated from the hand-made facts
    Then there is one short or multiple-choice question about the trade figure
    And it cites both articles
    And it is not flagged as a conflict

  Scenario: Conflicting figures are flagged with both pieces of evidence
    Given two hand-made articles reporting trade of "$240 billion" and "$250 billion"
    When questions are generated from the hand-made facts
    Then there is one short or multiple-choice question about the trade figure
    And it cites both articles
    And it is flagged as a conflict and its explanation gives both figures

  Scenario: Unresolvable pronouns, boilerplate and pronoun answers never become questions
    Given a hand-made article where "he" could be either of two people and a figure in boilerplate
    When questions are generated from the hand-made facts
    Then no question uses the pronoun or the boilerplate figure

  Scenario Outline: Typed answers are graded tolerantly
    Given the question "<prompt>" with answer "<answer>"
    Then the response "<response>" is graded <verdict>

    Examples:
      | prompt                                   | answer           | response              | verdict |
      | How much did trade reach?                | $240 billion     | 240bn                 | right   |
      | How much did trade reach?                | $240 billion     | 240 billion dollars   | right   |
      | How much did trade reach?                | $240 billion     | 200 billion           | wrong   |
      | How much did trade reach?                | $240 billion     | 240 billion euros     | wrong   |
      | Who said it?                             | Alexander Gabuev | alexander gabuev.     | right   |
      | Who said it?                             | Alexander Gabuev | Gabuev                | right   |
      | Who said it?                             | Alexander Gabuev | Alexandr Gabuev       | right   |
      | Who said it?                             | Alexander Gabuev | Vladimir Putin        | wrong   |

  Scenario: The questions command writes JSON Lines and a one-line summary
    Given a folder with a small article
    When I run quizgen questions on the folder with "--types short,mcq,cloze,tf --max-per-article 5"
    Then the exit status is 0
    And every output line is a question of the chosen types that validates against the schema
    And there are at most 5 questions
    And stderr ends with a one-line summary counting each type and the revealed answers

  Scenario: An unknown question type is a one-line error
    Given a folder with a small article
    When I run quizgen questions on the folder with "--types essay"
    Then the exit status is not 0
    And no traceback is printed
