<?php // ProcessWire installed (placeholder)
