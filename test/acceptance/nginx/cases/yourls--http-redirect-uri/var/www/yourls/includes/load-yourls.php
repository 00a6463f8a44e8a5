<?php
// YOURLS 1.9 bootstrap.
