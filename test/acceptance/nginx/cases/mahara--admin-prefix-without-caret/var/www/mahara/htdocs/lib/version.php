<?php
// Mahara version: 23.04.3.
