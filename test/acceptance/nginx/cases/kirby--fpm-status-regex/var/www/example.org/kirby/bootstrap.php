<?php

// Kirby's bootstrap (placeholder)
