<?php
// Command-line upgrade.
