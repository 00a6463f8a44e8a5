<?php

// Contao back-end preview front controller (placeholder).
