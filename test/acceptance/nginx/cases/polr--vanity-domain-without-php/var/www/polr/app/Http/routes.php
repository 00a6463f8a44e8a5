<?php
// Polr routes
