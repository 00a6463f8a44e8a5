<?php
// HumHub front controller (placeholder).
