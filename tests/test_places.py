"""The country an article is set in, from the places it names (``quizgen.extract.places``)."""

from __future__ import annotations

from quizgen.extract.places import city_country, home_country


def test_a_large_city_is_in_the_country_of_the_largest_city_of_that_name():
    assert city_country("Sydney") == "Australia"  # not Sydney, Nova Scotia
    assert city_country("London") == "United Kingdom"
    assert city_country("Christchurch") == "New Zealand"
    assert city_country("Atlantis") is None


def test_cities_count_towards_a_country_the_article_names():
    assert home_country(["Tasmania", "Sydney", "Australia", "US", "Mexico", "Canberra", "Turkey"]) == "Australia"


def test_two_cities_place_an_article_without_its_country():
    assert home_country(["Toronto", "Ottawa"]) == "Canada"
    assert home_country(["Vancouver", "Calgary"]) == "Canada"


def test_one_city_alone_is_no_country():
    # a club named after a city ("Orlando Pirates") must not set a South African story in the US
    assert home_country(["Orlando"], least=1) is None
    assert home_country(["Nairobi", "Dubai"], least=1) == "Kenya"
