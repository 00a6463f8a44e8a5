<?php namespace ProcessWire; /* core bootstrap (placeholder) */
