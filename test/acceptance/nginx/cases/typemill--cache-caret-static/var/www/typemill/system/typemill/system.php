<?php
# Typemill bootstrap (stub)
