Feature: Reading articles
  quizgen reads text, Markdown and HTML, keeps offsets into the original text, and tells the
  user in one line about inputs it cannot read.

  Scenario: Boilerplate lines are recognised but offsets index the original text
    Given the seed article "004"
    Then the line "Leave a Reply" is boilerplate
    And the line "By Editor" is boilerplate
    And the analysis text has the same length as the original text

  Scenario Outline: What is not article text is a typed range, blanked for the parser
    Given the article "<article>"
    Then the text "<text>" is a <kind>
    And the analysis text has the same length as the original text

    Examples:
      | article       | text                                                             | kind     |
      | business.html | FRANKFURT, March 4 (Reuters) -                                   | dateline |
      | business.html | (Reporting by Laila Okonjo in Frankfurt; Editing by Peter Hall)  | credit   |
      | climate.md    | **By Ana Costa**                                                 | byline   |
      | climate.md    | Photo: Reuters                                                   | caption  |
      | startup.md    | - [Jobs at Voltline](https://example.org/jobs)                   | debris   |
      | seeds 002     | Tiffany Hudson Avatar                                            | debris   |

  Scenario Outline: Bad input gets a one-line message and the other files are still read
    Given a folder with a good article and <bad>
    When I run quizgen extract on the folder
    Then the exit status is 0
    And stderr says the bad file was skipped in one line
    And facts were written for the good article

    Examples:
      | bad                           |
      | an empty file                 |
      | a binary file named .txt      |
      | a 20 MB file                  |

  Scenario: A cp1252 file is decoded
    Given a cp1252 file with curly quotes
    When I run quizgen extract on the folder
    Then the exit status is 0
    And facts were written for the cp1252 article

  Scenario: Nothing readable is an error
    Given a folder with only an empty file
    When I run quizgen extract on the folder
    Then the exit status is not 0
    And no traceback is printed

  Scenario: An HTML page is turned into text without its scripts
    Given an HTML page with a script, a nav bar and an onerror image
    Then the document text holds the article paragraphs
    And the document text holds no script, nav or markup

  Scenario: A file of unbalanced quote marks is processed
    Given a folder with a good article and a file of unbalanced quote marks
    When I run quizgen extract on the folder
    Then the exit status is 0
    And facts were written for the good article
    And no traceback is printed
