<?php
// Akaunting front controller (placeholder)
