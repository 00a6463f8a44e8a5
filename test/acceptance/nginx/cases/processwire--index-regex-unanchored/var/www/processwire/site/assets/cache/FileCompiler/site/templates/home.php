<?php namespace ProcessWire; /* compiled template (placeholder) */
