<?php // statistics counter beacon (stand-in)
