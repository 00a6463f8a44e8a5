<?php // Silence.
