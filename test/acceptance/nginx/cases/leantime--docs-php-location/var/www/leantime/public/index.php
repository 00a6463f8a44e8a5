<?php
// Leantime front controller (placeholder).
