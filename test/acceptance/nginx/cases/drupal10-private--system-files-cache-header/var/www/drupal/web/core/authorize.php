<?php // authorize (stand-in)
