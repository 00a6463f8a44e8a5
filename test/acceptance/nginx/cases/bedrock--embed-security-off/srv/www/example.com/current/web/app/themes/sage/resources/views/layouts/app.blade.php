<!doctype html><html>@yield("content")</html>
