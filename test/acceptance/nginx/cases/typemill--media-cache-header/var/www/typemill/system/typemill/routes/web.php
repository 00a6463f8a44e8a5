<?php
# web routes (stub)
