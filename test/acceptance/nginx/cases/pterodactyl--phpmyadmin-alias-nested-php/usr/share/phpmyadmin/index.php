<?php
// phpMyAdmin entry point.
