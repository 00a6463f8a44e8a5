<?php
// Lychee front controller (placeholder)
