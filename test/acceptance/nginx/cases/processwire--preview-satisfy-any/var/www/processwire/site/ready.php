<?php namespace ProcessWire; if(!defined("PROCESSWIRE")) die();
