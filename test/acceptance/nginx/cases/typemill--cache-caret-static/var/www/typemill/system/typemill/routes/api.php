<?php
# api routes (stub)
