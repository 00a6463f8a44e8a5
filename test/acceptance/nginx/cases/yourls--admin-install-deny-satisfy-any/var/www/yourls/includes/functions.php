<?php
// YOURLS 1.9 core functions.
