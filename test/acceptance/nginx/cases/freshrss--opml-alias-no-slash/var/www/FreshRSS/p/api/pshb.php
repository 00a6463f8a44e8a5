<?php
// API: pshb (placeholder)
