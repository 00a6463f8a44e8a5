<?php namespace ProcessWire; if(!defined("PROCESSWIRE")) die(); /* core defaults (placeholder) */
