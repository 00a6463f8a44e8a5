// placeholder: Encore build of the back office
