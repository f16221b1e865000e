"""Scrapy spiders of the monitor."""
