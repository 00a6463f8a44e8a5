<?php
// serves cached feed favicons from data/favicons (placeholder)
