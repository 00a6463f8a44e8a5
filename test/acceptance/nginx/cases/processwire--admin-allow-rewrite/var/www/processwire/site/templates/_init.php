<?php namespace ProcessWire; /* (placeholder) */
