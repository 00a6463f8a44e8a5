<?php

// Kirby's router for PHP's built-in server (placeholder)
