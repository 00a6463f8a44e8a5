<?php namespace ProcessWire; class HomePage extends Page {}
