// jQuery
