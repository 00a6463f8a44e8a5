Feature: login (stand-in)
