<?php
// YOURLS 1.9 sample configuration.
