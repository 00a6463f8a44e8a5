<?php
// Command-line password reset.
