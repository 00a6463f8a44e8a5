<?php
// Thelia front controller (prod)
