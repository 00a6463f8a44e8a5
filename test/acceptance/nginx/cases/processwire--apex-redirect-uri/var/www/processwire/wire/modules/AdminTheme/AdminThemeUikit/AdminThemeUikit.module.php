<?php namespace ProcessWire; /* admin theme (placeholder) */
